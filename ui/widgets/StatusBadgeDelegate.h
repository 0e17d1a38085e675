#pragma once

#include <QColor>
#include <QHash>
#include <QStyledItemDelegate>

// Paints a cell as a rounded badge: the text is the display role, the colour is chosen by the
// cell's status code (the model's raw-value role), so any status-like column can use it.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusBadgeDelegate(QObject* parent = nullptr);

    // Colour for a status code; codes without one are painted grey.
    void setColour(const QString& code, const QColor& colour);
    static StatusBadgeDelegate* forRecordStatuses(QObject* parent);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QHash<QString, QColor> m_colours;
};
