#include "records/RecordTableModel.h"

#include <QTimer>

namespace {
constexpr int kFirstBatch = 200;
} // namespace

RecordTableModel::RecordTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordTableModel::setQuery(const ListQuery& query)
{
    const QString sortField = m_query.sortField;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sortField = sortField;
    m_query.descending = descending;
    reload();
}

void RecordTableModel::setSortColumn(int column, Qt::SortOrder order)
{
    const QString field = sortField(column);
    if (field.isEmpty())
        return;
    m_query.sortField = field;
    m_query.descending = order == Qt::DescendingOrder;
}

void RecordTableModel::refresh()
{
    reload();
}

void RecordTableModel::reload()
{
    m_fetching = true; // no fetchMore from inside the reset signals
    beginResetModel();
    QList<qint64> dropped;
    for (int page : std::as_const(m_loadedPages))
        dropped += m_ids.mid(page * kPageSize, kPageSize);
    forgetRecords(dropped);
    m_loadedPages.clear();
    m_ids.clear();
    m_cursor = ListCursor();
    m_atEnd = false;
    m_error.reset();
    m_loaded = true;
    // The first page only needs to fill the screen: a small one keeps each search keystroke quick
    // when the term is rare and SQLite must scan far to find matches. Scrolling fetches full batches.
    auto page = fetchKeys(m_query, m_cursor, qMin(m_fetchBatch, kFirstBatch));
    if (page) {
        m_ids = page->ids;
        m_cursor = page->next;
        m_atEnd = page->atEnd;
    } else {
        m_atEnd = true;
        m_error = page.error();
    }
    endResetModel();
    m_fetching = false;
    if (m_error)
        emit loadFailed(*m_error);
    emit rowsFetched();
}

qint64 RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RecordTableModel::rowOfId(qint64 id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void RecordTableModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers may ask again from inside the row-insertion signals: one fetch at a time.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    auto page = fetchKeys(m_query, m_cursor, m_fetchBatch);
    if (!page) {
        m_atEnd = true;
        m_fetching = false;
        reportError(page.error());
        return;
    }
    m_atEnd = page->atEnd;
    m_cursor = page->next;
    if (!page->ids.isEmpty()) {
        const int first = static_cast<int>(m_ids.size());
        beginInsertRows({}, first, first + static_cast<int>(page->ids.size()) - 1);
        m_ids += page->ids;
        endInsertRows();
    }
    m_fetching = false;
    emit rowsFetched();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortField(column);
    if (field.isEmpty())
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (field == m_query.sortField && descending == m_query.descending && m_loaded)
        return;
    m_query.sortField = field;
    m_query.descending = descending;
    reload();
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    if (!ensurePageLoaded(index.row()))
        return {};
    return recordData(id, index.column(), role);
}

bool RecordTableModel::ensurePageLoaded(int row) const
{
    const int page = row / kPageSize;
    const qint64 id = m_ids.at(row);
    auto* self = const_cast<RecordTableModel*>(this);
    if (hasRecord(id)) {
        // Keep the least-recently-used order cheap: only touch when it is not already the newest.
        if (!m_loadedPages.isEmpty() && m_loadedPages.constLast() != page && m_loadedPages.removeOne(page))
            m_loadedPages.append(page);
        return true;
    }
    if (m_error)
        return false; // do not hammer a failing database from every paint
    m_loadedPages.removeOne(page);
    while (m_loadedPages.size() >= m_cachedPageLimit) {
        const int oldest = m_loadedPages.takeFirst();
        self->forgetRecords(m_ids.mid(oldest * kPageSize, kPageSize));
    }
    const QList<qint64> ids = m_ids.mid(page * kPageSize, kPageSize);
    if (auto loaded = self->loadRecords(ids); !loaded) {
        reportError(loaded.error());
        return false;
    }
    m_loadedPages.append(page);
    return hasRecord(id);
}

void RecordTableModel::reportError(const Error& error) const
{
    m_error = error;
    // Emitted later: data() may be running inside a paint event.
    auto* self = const_cast<RecordTableModel*>(this);
    QTimer::singleShot(0, self, [self, error] { emit self->loadFailed(error); });
}
