#pragma once

#include <QTableWidget>

// The sequence editor's step list. Rows can be dragged to a new place; the table itself never
// moves anything (a QTableWidget's own internal move would overwrite cells), it reports the
// wanted move so that the editor can renumber the steps in the database and reload.
class StepTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit StepTable(QWidget* parent = nullptr);

    // Where a drop at `position` (viewport coordinates) would put the dragged row `fromRow`,
    // as the row it ends up in; -1 when the drop is outside the rows.
    int dropTargetRow(int fromRow, const QPoint& position) const;

    // What a drop does: `data` from this table's own drag, dropped at `position` (viewport
    // coordinates), asks for the move; true when it did.
    bool dropRow(const QMimeData* data, const QPoint& position);

signals:
    void stepDropped(int fromRow, int toRow);

protected:
    // Tags what is dragged with this table and the row, so a drop knows it came from here.
    QMimeData* mimeData(const QList<QTableWidgetItem*>& items) const override;
    void dropEvent(QDropEvent* event) override;
};
