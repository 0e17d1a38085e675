#pragma once

#include "app/AppSession.h"
#include "records/RecordTableModel.h"

#include <QHash>

// The record cache and service calls for one record type; subclasses add columns and cell data.
template <typename R, typename Service> class TypedRecordModel : public RecordTableModel
{
public:
    TypedRecordModel(const AppSession& session, QObject* parent)
        : RecordTableModel(parent), m_session(session)
    {}

    // The record shown in a row, loading its page if needed; nullptr when there is none.
    const R* recordAt(int row) const
    {
        const qint64 id = idAt(row);
        if (id == 0)
            return nullptr;
        if (!m_records.contains(id))
            data(index(row, 0), Qt::DisplayRole);
        auto it = m_records.constFind(id);
        return it == m_records.cend() ? nullptr : &it.value();
    }

    int cachedRecordCount() const override { return static_cast<int>(m_records.size()); }

protected:
    Service service() const { return Service(m_session.context()); }
    const AppSession& session() const { return m_session; }
    const R* record(qint64 id) const
    {
        auto it = m_records.constFind(id);
        return it == m_records.cend() ? nullptr : &it.value();
    }

    Result<KeysetPage> fetchKeys(const ListQuery& query, const ListCursor& after, int limit) const override
    {
        return service().listKeys(query, after, limit);
    }
    Status loadRecords(const QList<qint64>& ids) override
    {
        auto records = service().getMany(ids);
        if (!records)
            return records.error();
        for (const R& r : records.value())
            m_records.insert(r.id, r);
        recordsLoaded(records.value());
        return Status::success();
    }
    void forgetRecords(const QList<qint64>& ids) override
    {
        for (qint64 id : ids)
            m_records.remove(id);
    }
    bool hasRecord(qint64 id) const override { return m_records.contains(id); }
    // A hook for loading what the new records refer to (company names) in one go.
    virtual void recordsLoaded(const QList<R>&) {}

private:
    const AppSession& m_session;
    QHash<qint64, R> m_records;
};
