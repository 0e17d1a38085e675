#include "sequences/StepTable.h"

#include <QDropEvent>
#include <QMimeData>

namespace {
const QString StepRowFormat = QStringLiteral("application/x-rapport-sequence-step-row");

QByteArray tag(const StepTable* table, int row)
{
    return QByteArray::number(quintptr(table), 16) + ':' + QByteArray::number(row);
}
} // namespace

StepTable::StepTable(QWidget* parent) : QTableWidget(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
}

int StepTable::dropTargetRow(int fromRow, const QPoint& position) const
{
    if (rowCount() == 0 || fromRow < 0 || fromRow >= rowCount())
        return -1;
    const QModelIndex over = indexAt(position);
    // Below the last row: to the end.
    int insertBefore = rowCount();
    if (over.isValid()) {
        const QRect rect = visualRect(over);
        insertBefore = position.y() < rect.center().y() ? over.row() : over.row() + 1;
    }
    // Taking the row out first shifts every later row up by one.
    return insertBefore > fromRow ? insertBefore - 1 : insertBefore;
}

QMimeData* StepTable::mimeData(const QList<QTableWidgetItem*>& items) const
{
    QMimeData* data = QTableWidget::mimeData(items);
    if (data && !items.isEmpty())
        data->setData(StepRowFormat, tag(this, items.first()->row()));
    return data;
}

bool StepTable::dropRow(const QMimeData* data, const QPoint& position)
{
    // Only a row dragged out of this very table moves; anything else is refused.
    int fromRow = -1;
    if (data) {
        const QList<QByteArray> parts = data->data(StepRowFormat).split(':');
        if (parts.size() == 2 && parts.first() == tag(this, 0).split(':').first())
            fromRow = parts.last().toInt();
    }
    const int toRow = dropTargetRow(fromRow, position);
    if (toRow < 0 || toRow == fromRow)
        return false;
    emit stepDropped(fromRow, toRow);
    return true;
}

void StepTable::dropEvent(QDropEvent* event)
{
    dropRow(event->mimeData(), event->position().toPoint());
    // Never let the base class move cells; the editor reloads the table from the database.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
}
