#pragma once

#include "common/ServiceContext.h"
#include "mail/OutboxMail.h"
#include "mail/OutboxQuery.h"

#include <QAbstractTableModel>

// The outbox as a table, newest first, fetched a page at a time as the view scrolls; filtering,
// search and sorting happen in SQL. Bodies are not loaded.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Status,
        Recipient,
        Subject,
        Attempts,
        LastError,
        NextAttempt,
        SentAt,
        Created,
        ColumnCount
    };
    // The stored value behind a cell (status code, timestamps as QDateTime), for badges and sorting.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int PageSize = 200;

    explicit OutboxTableModel(ServiceContext context, QObject* parent = nullptr);

    void setStatusFilter(std::optional<MailStatus> status);
    void setSearch(const QString& search);
    // Reads the rows again (after a tick or an action), keeping as many as were loaded; with
    // `keepLoaded` false, from the first page (a new filter or order).
    void reload(bool keepLoaded = true);

    qint64 totalCount() const { return m_total; }
    const OutboxMail* mailAt(int row) const;
    int rowOfId(qint64 id) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString& message);
    void reloaded();

private:
    QList<OutboxMail> fetch(int offset, int limit);

    ServiceContext m_context;
    OutboxQuery m_query;
    QList<OutboxMail> m_rows;
    qint64 m_total = 0;
    QString m_error;
};
