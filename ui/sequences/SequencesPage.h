#pragma once

#include "common/ServiceContext.h"

#include <QWidget>

class EnrolmentsView;
class MessageBanner;
class QPushButton;
class QTabWidget;
class QTableView;
class SequenceEditor;
class SequenceListModel;

// The Sequences page: the sequence list on the left; on the right the selected sequence's editor
// (steps) and its enrolments.
class SequencesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SequencesPage(ServiceContext context, QWidget* parent = nullptr);

    void refresh();
    void selectSequence(qint64 sequenceId);
    void newSequence();
    SequenceEditor* editor() const { return m_editor; }
    EnrolmentsView* enrolments() const { return m_enrolments; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void currentChanged();

    ServiceContext m_context;
    MessageBanner* m_banner;
    SequenceListModel* m_model;
    QTableView* m_list;
    QPushButton* m_new;
    QTabWidget* m_tabs;
    SequenceEditor* m_editor;
    EnrolmentsView* m_enrolments;
};
