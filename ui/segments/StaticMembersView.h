#pragma once

#include "common/ServiceContext.h"

#include <QWidget>

class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class SegmentJobRunner;
class SegmentMemberModel;

// The members of a static segment, kept by hand: the list (searchable) with "Remove", and a
// contact search whose results can be added. Reads run on the segment worker thread.
class StaticMembersView : public QWidget
{
    Q_OBJECT

public:
    StaticMembersView(ServiceContext context, SegmentJobRunner* runner, QWidget* parent = nullptr);

    void setSegment(qint64 segmentId, bool editable);
    void refresh();
    void addSelected();
    void removeSelected();

    QLineEdit* memberSearch() const { return m_memberSearch; }
    QLineEdit* contactSearch() const { return m_contactSearch; }
    QTableView* memberTable() const { return m_memberTable; }
    QTableView* contactTable() const { return m_contactTable; }
    QLabel* totalLabel() const { return m_total; }

signals:
    void membersChanged(qint64 segmentId);

private:
    void findContacts();
    void updateButtons();

    ServiceContext m_context;
    SegmentJobRunner* m_runner;
    qint64 m_segmentId = 0;
    bool m_editable = false;
    quint64 m_memberRequest = 0;
    quint64 m_contactRequest = 0;
    MessageBanner* m_banner;
    QLineEdit* m_memberSearch;
    QLabel* m_total;
    QTableView* m_memberTable;
    SegmentMemberModel* m_members;
    QPushButton* m_remove;
    QLineEdit* m_contactSearch;
    QTableView* m_contactTable;
    SegmentMemberModel* m_contacts;
    QPushButton* m_add;
    QTimer* m_memberTimer;
    QTimer* m_contactTimer;
};
