#pragma once

#include "common/ServiceContext.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// A record's audit trail: one row per create, update or delete (when, who, what), expanding to
// the changed fields with their old and new values. Record forms embed it as their History tab;
// HistoryDialog shows it on its own.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(ServiceContext context, QWidget* parent = nullptr);

    // Shows the history of one record ("company", 12); an id of 0 clears the view (a new record).
    void setRecord(const QString& entityType, qint64 entityId);
    void reload();
    int entryCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    static QString displayValue(const QVariant& value);

    ServiceContext m_context;
    QString m_entityType;
    qint64 m_entityId = 0;
    QLabel* m_banner = nullptr;
    QTreeWidget* m_tree = nullptr;
};
