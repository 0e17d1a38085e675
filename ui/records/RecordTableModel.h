#pragma once

#include "common/Result.h"
#include "records/KeysetPage.h"
#include "records/ListQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

// Base of the record tables: rows are fetched lazily by key. The model holds only the ordered ids
// fetched so far (8 bytes a row) plus a bounded cache of whole records, loaded a page at a time
// when a row is first shown; so scrolling to the end of 500,000 contacts stays fast and its memory
// bounded. Sorting, searching and filtering go into the ListQuery and run in SQL.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the value to sort or compare by (code, number, date)
        IdRole,                          // the record's id
    };

    static constexpr int kFetchBatch = 1000; // ids per keyset query
    static constexpr int kPageSize = 100;    // records per bulk read by id
    static constexpr int kCachedPages = 40;  // records kept in memory: 4,000 rows

    explicit RecordTableModel(QObject* parent = nullptr);

    // Replaces the filters and search and re-reads from the start (keeping the sort).
    void setQuery(const ListQuery& query);
    ListQuery query() const { return m_query; }
    // Ids per keyset query (tests use small batches to exercise paging).
    void setFetchBatchSize(int size) { m_fetchBatch = qMax(1, size); }
    // Pages of whole records kept in memory (default kCachedPages).
    void setCachedPageLimit(int pages) { m_cachedPageLimit = qMax(1, pages); }
    // How many whole records are held in memory now (bounded by kCachedPages * kPageSize).
    virtual int cachedRecordCount() const = 0;

    // Sets the order for the next load without loading.
    void setSortColumn(int column, Qt::SortOrder order);
    // Re-reads from the start, e.g. after an edit or F5.
    void refresh();

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not fetched
    // True once every matching id has been fetched.
    bool fetchedAll() const { return m_atEnd; }
    const Error* lastError() const { return m_error ? &*m_error : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The ListQuery sort field for a column; empty when the column cannot be sorted in SQL.
    virtual QString sortField(int column) const = 0;
    virtual QString columnTitle(int column) const = 0;
    // The record field a column shows, for export; by default its sort field.
    virtual QString exportField(int column) const { return sortField(column); }

signals:
    // A read failed; the view shows it in its banner. The rows fetched so far stay.
    void loadFailed(const Error& error);
    // Rows were (re)loaded or appended.
    void rowsFetched();

protected:
    virtual Result<KeysetPage> fetchKeys(const ListQuery& query, const ListCursor& after,
                                         int limit) const = 0;
    // Reads the records with these ids into the subclass's cache.
    virtual Status loadRecords(const QList<qint64>& ids) = 0;
    virtual void forgetRecords(const QList<qint64>& ids) = 0;
    virtual bool hasRecord(qint64 id) const = 0;
    // Cell data for a record already loaded.
    virtual QVariant recordData(qint64 id, int column, int role) const = 0;

private:
    void reload();
    bool ensurePageLoaded(int row) const;
    void reportError(const Error& error) const;

    ListQuery m_query;
    QList<qint64> m_ids;
    ListCursor m_cursor;
    bool m_atEnd = true;
    bool m_loaded = false;
    bool m_fetching = false;
    int m_fetchBatch = kFetchBatch;
    int m_cachedPageLimit = kCachedPages;
    mutable QList<int> m_loadedPages; // least recently used first
    mutable std::optional<Error> m_error;
};
