#include "records/UiLookups.h"

#include "app/AppSession.h"
#include "records/CompanyService.h"
#include "records/ContractService.h"

namespace UiLookups {

namespace {
QHash<qint64, QString> companyNamesFor(const AppSession& session, const QList<qint64>& ids)
{
    QHash<qint64, QString> names;
    auto companies = CompanyService(session.context()).getMany(ids);
    if (companies) {
        for (const Company& c : companies.value())
            names.insert(c.id, c.name);
    }
    return names;
}

QHash<qint64, QString> contractLabelsFor(const AppSession& session, const QList<qint64>& ids)
{
    QHash<qint64, QString> labels;
    auto contracts = ContractService(session.context()).getMany(ids);
    if (!contracts)
        return labels;
    QList<qint64> companyIds;
    for (const Contract& c : contracts.value())
        companyIds << c.companyId;
    const QHash<qint64, QString> companies = companyNamesFor(session, companyIds);
    for (const Contract& c : contracts.value())
        labels.insert(c.id, c.contractNumber + QStringLiteral(" · ") + companies.value(c.companyId));
    return labels;
}
} // namespace

LabelCache companyNames(const AppSession& session)
{
    return LabelCache([&session](const QList<qint64>& ids) { return companyNamesFor(session, ids); });
}

LabelCache contractLabels(const AppSession& session)
{
    return LabelCache([&session](const QList<qint64>& ids) { return contractLabelsFor(session, ids); });
}

RecordPicker* companyPicker(const AppSession& session, QWidget* parent)
{
    auto* picker = new RecordPicker(
        [&session](const QString& text, int limit) {
            ListQuery query;
            query.search = text;
            query.limit = limit;
            QList<RecordPicker::Match> matches;
            auto companies = CompanyService(session.context()).list(query);
            if (companies) {
                for (const Company& c : companies.value())
                    matches.append({c.id, c.name});
            }
            return matches;
        },
        [&session](qint64 id) { return companyNamesFor(session, {id}).value(id); }, parent);
    picker->setPlaceholderText(RecordPicker::tr("Type part of a company name"));
    return picker;
}

RecordPicker* contractPicker(const AppSession& session, QWidget* parent)
{
    auto* picker = new RecordPicker(
        [&session](const QString& text, int limit) {
            ListQuery query;
            query.search = text;
            query.limit = limit;
            QList<RecordPicker::Match> matches;
            auto contracts = ContractService(session.context()).list(query);
            if (contracts) {
                QList<qint64> ids;
                for (const Contract& c : contracts.value())
                    ids << c.id;
                const QHash<qint64, QString> labels = contractLabelsFor(session, ids);
                for (const Contract& c : contracts.value())
                    matches.append({c.id, labels.value(c.id, c.contractNumber)});
            }
            return matches;
        },
        [&session](qint64 id) { return contractLabelsFor(session, {id}).value(id); }, parent);
    picker->setPlaceholderText(RecordPicker::tr("Type a contract number or company name"));
    return picker;
}

} // namespace UiLookups
