#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "sequences/Enrolment.h"

#include <QWidget>
#include <functional>

class MessageBanner;
class QComboBox;
class QPushButton;
class QTableWidget;

// The enrolments of one sequence, filtered by status, with pause, resume and cancel; for the
// selected enrolment its planned schedule (when each remaining step will go out) and its sent
// history.
class EnrolmentsView : public QWidget
{
    Q_OBJECT

public:
    explicit EnrolmentsView(ServiceContext context, QWidget* parent = nullptr);

    void setSequence(qint64 sequenceId);
    void reload();
    void selectEnrolment(int row);
    bool pauseSelected();
    bool resumeSelected();
    bool cancelSelected();

signals:
    void changed();

private:
    void showDetails();
    qint64 selectedId() const;
    bool act(const std::function<Status(qint64)>& action);

    ServiceContext m_context;
    qint64 m_sequenceId = 0;
    QList<Enrolment> m_enrolments;
    MessageBanner* m_banner;
    QComboBox* m_status;
    QTableWidget* m_table;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QTableWidget* m_plan;
    QTableWidget* m_history;
};
