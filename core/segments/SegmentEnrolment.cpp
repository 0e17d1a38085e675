#include "segments/SegmentEnrolment.h"

#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "segments/SegmentService.h"
#include "sequences/SequenceService.h"

#include <QHash>
#include <algorithm>

namespace {
// Names for the report, read in chunks so a large segment stays within the parameter limit.
constexpr int kChunk = 400;

struct Label
{
    QString name;
    QString email;
};

Status readLabels(const QSqlDatabase& db, const QString& table, const QList<qint64>& ids,
                  QHash<qint64, Label>& out)
{
    const bool contacts = table == QLatin1String("contacts");
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks;
        QVariantList binds;
        for (qint64 id : chunk) {
            marks << QStringLiteral("?");
            binds << id;
        }
        auto rows = SqlRun::exec(db,
                                 QStringLiteral("SELECT id, name, ") +
                                     (contacts ? QStringLiteral("email") : QStringLiteral("''")) +
                                     QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE id IN (") +
                                     marks.join(QStringLiteral(", ")) + QStringLiteral(")"),
                                 binds);
        if (!rows)
            return rows.error();
        while (rows->next())
            out.insert(rows->value(0).toLongLong(),
                       Label{rows->value(1).toString(), rows->value(2).toString()});
    }
    return Status::success();
}
} // namespace

int SegmentEnrolReport::enrolledCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row& row) { return row.skipCode.isEmpty(); }));
}

int SegmentEnrolReport::skippedCount() const
{
    return int(rows.size()) - enrolledCount();
}

int SegmentEnrolReport::skippedFor(const QString& code) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [&](const Row& row) { return row.skipCode == code; }));
}

QString SegmentEnrolReport::summary() const
{
    QString line =
        SegmentEnrolment::tr("Enrolled %1 of %n member(s) of \"%2\" in \"%3\".", nullptr, int(rows.size()))
            .arg(enrolledCount())
            .arg(segmentName, sequenceName);
    if (skippedCount() == 0)
        return line;
    QStringList reasons;
    for (const char* code : {"already_enrolled", "unsubscribed", "inactive", "no_email", "not_found"}) {
        const int count = skippedFor(QLatin1String(code));
        if (count > 0)
            reasons << QStringLiteral("%1 %2").arg(count).arg(
                SegmentEnrolment::reasonLabel(QLatin1String(code)));
    }
    return line + QLatin1Char(' ') +
           SegmentEnrolment::tr("Skipped %1: %2.")
               .arg(skippedCount())
               .arg(reasons.join(QStringLiteral(", ")));
}

SegmentEnrolment::SegmentEnrolment(ServiceContext context) : m_context(std::move(context)) {}

QString SegmentEnrolment::reasonLabel(const QString& code)
{
    if (code == QLatin1String("already_enrolled"))
        return tr("already enrolled");
    if (code == QLatin1String("unsubscribed"))
        return tr("unsubscribed");
    if (code == QLatin1String("inactive"))
        return tr("inactive");
    if (code == QLatin1String("no_email"))
        return tr("without an email address");
    if (code == QLatin1String("not_found"))
        return tr("no longer found");
    return code;
}

Result<SegmentEnrolReport> SegmentEnrolment::enrol(qint64 segmentId, qint64 sequenceId) const
{
    const SegmentService segments(m_context);
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    auto segment = segments.get(segmentId);
    if (!segment)
        return Error::invalid(QStringLiteral("segment"), segment.error().message);
    if (segment->status != SegmentStatus::Active)
        return Error::invalid(QStringLiteral("segment"),
                              tr("The segment \"%1\" is %2; only an active segment can be enrolled.")
                                  .arg(segment->name, SegmentStatusCodes::label(segment->status).toLower()));
    auto sequence = SequenceService(m_context).get(sequenceId);
    if (!sequence)
        return Error::invalid(QStringLiteral("sequence"), sequence.error().message);
    auto members = segments.memberRefs(segmentId);
    if (!members)
        return members.error();
    QList<EnrolTarget> targets;
    targets.reserve(members->size());
    for (const SegmentService::MemberRef& member : members.value())
        targets << EnrolTarget{member.companyId, member.contactId};
    auto bulk = SequenceService(m_context).enrolMany(sequenceId, targets, EnrolmentSource::Segment);
    if (!bulk)
        return bulk.error();
    if (auto used = segments.markUsed(segmentId); !used)
        return used.error();

    // The report, in member order: enrolMany keeps the targets' order for both lists.
    SegmentEnrolReport report;
    report.segmentId = segmentId;
    report.segmentName = segment->name;
    report.sequenceId = sequenceId;
    report.sequenceName = sequence->name;
    const bool companies = segment->entity() == FilterEntity::Company;
    QList<qint64> ids;
    for (const EnrolTarget& target : targets)
        ids << (companies ? target.companyId : target.contactId);
    QHash<qint64, Label> labels;
    if (auto read =
            readLabels(m_context.db().connection(),
                       companies ? QStringLiteral("companies") : QStringLiteral("contacts"), ids, labels);
        !read)
        return read.error();
    qsizetype enrolled = 0, skipped = 0;
    for (const EnrolTarget& target : targets) {
        SegmentEnrolReport::Row row;
        row.companyId = target.companyId;
        row.contactId = target.contactId;
        const Label label = labels.value(companies ? target.companyId : target.contactId);
        row.name = label.name;
        row.email = label.email;
        const bool isSkipped = skipped < bulk->skipped.size() &&
                               bulk->skipped.at(skipped).target.companyId == target.companyId &&
                               bulk->skipped.at(skipped).target.contactId == target.contactId;
        if (isSkipped) {
            row.skipCode = bulk->skipped.at(skipped).reasonCode;
            row.reason = bulk->skipped.at(skipped).reason;
            ++skipped;
        } else if (enrolled < bulk->enrolled.size()) {
            row.enrolmentId = bulk->enrolled.at(enrolled++);
        }
        report.rows << row;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}
