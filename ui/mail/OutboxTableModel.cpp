#include "mail/OutboxTableModel.h"

#include "mail/Outbox.h"

#include <QLocale>

namespace {
QString shortTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

const char* sortColumn(int column)
{
    switch (column) {
    case OutboxTableModel::Status:
        return "status";
    case OutboxTableModel::Recipient:
        return "to_address";
    case OutboxTableModel::Subject:
        return "subject";
    case OutboxTableModel::Attempts:
        return "attempts";
    case OutboxTableModel::NextAttempt:
        return "next_attempt_at";
    case OutboxTableModel::SentAt:
        return "sent_at";
    default:
        return "created_at";
    }
}
} // namespace

OutboxTableModel::OutboxTableModel(ServiceContext context, QObject* parent)
    : QAbstractTableModel(parent), m_context(std::move(context))
{
    m_query.includeBodies = false;
    m_query.sortField = QStringLiteral("created_at");
    m_query.descending = true;
    reload();
}

void OutboxTableModel::setStatusFilter(std::optional<MailStatus> status)
{
    m_query.status = status;
    reload(false);
}

void OutboxTableModel::setSearch(const QString& search)
{
    if (m_query.search == search)
        return;
    m_query.search = search;
    reload(false);
}

QList<OutboxMail> OutboxTableModel::fetch(int offset, int limit)
{
    OutboxQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    auto rows = Outbox(m_context).list(query);
    if (!rows) {
        m_error = rows.error().message;
        emit loadFailed(m_error);
        return {};
    }
    m_error.clear();
    return rows.value();
}

void OutboxTableModel::reload(bool keepLoaded)
{
    auto total = Outbox(m_context).count(m_query);
    m_total = total.valueOr(0);
    const int wanted = keepLoaded ? std::max<int>(PageSize, int(m_rows.size())) : PageSize;
    const QList<OutboxMail> fresh = fetch(0, wanted);
    // Same rows in the same order (the usual case while mail goes out): update in place, so the
    // selection and scroll position stay.
    bool sameIds = fresh.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < fresh.size(); ++i)
        sameIds = fresh.at(i).id == m_rows.at(i).id;
    if (sameIds) {
        m_rows = fresh;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    }
    emit reloaded();
}

const OutboxMail* OutboxTableModel::mailAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OutboxTableModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int OutboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    const OutboxMail* mail = mailAt(index.row());
    if (!mail)
        return {};
    if (role == IdRole)
        return mail->id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Status:
            return MailStatusCodes::label(mail->status);
        case Recipient:
            return mail->toName.isEmpty()
                       ? mail->toAddress
                       : mail->toName + QStringLiteral(" <") + mail->toAddress + QLatin1Char('>');
        case Subject:
            return mail->subject;
        case Attempts:
            return mail->attempts;
        case LastError:
            return mail->lastError.section(QLatin1Char('\n'), 0, 0);
        case NextAttempt:
            return mail->status == MailStatus::Queued ? shortTime(mail->nextAttemptAt) : QString();
        case SentAt:
            return shortTime(mail->sentAt);
        case Created:
            return shortTime(mail->createdAt);
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Status:
            return MailStatusCodes::toCode(mail->status);
        case Recipient:
            return mail->toAddress;
        case Subject:
            return mail->subject;
        case Attempts:
            return mail->attempts;
        case LastError:
            return mail->lastError;
        case NextAttempt:
            return mail->nextAttemptAt;
        case SentAt:
            return mail->sentAt;
        case Created:
            return mail->createdAt;
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == LastError || index.column() == Subject)) {
        const QString text = index.column() == LastError ? mail->lastError : mail->subject;
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (role == Qt::TextAlignmentRole && index.column() == Attempts)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Recipient:
        return tr("Recipient");
    case Subject:
        return tr("Subject");
    case Attempts:
        return tr("Attempts");
    case LastError:
        return tr("Last error");
    case NextAttempt:
        return tr("Next attempt");
    case SentAt:
        return tr("Sent");
    case Created:
        return tr("Queued");
    }
    return {};
}

bool OutboxTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void OutboxTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<OutboxMail> more = fetch(int(m_rows.size()), PageSize);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void OutboxTableModel::sort(int column, Qt::SortOrder order)
{
    m_query.sortField = QString::fromLatin1(sortColumn(column));
    m_query.descending = order == Qt::DescendingOrder;
    reload(false);
}
