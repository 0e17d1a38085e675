#pragma once

#include "app/AppPage.h"
#include "common/ServiceContext.h"

#include <functional>

class MessageBanner;
class QCheckBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SegmentEditor;
class SegmentJobRunner;
class SegmentListModel;
struct Segment;

// The Segments page: the segments the user can see (search, show archived) with New, New static
// list, Recalculate, Duplicate, Archive/Restore and Export CSV; below it the selected segment in
// the editor (filter builder and live preview, or the static member list). The window's New
// makes a segment, Find searches the list, Refresh re-reads it, Delete archives the segment (or
// removes the selected members of a static one).
class SegmentsPage : public AppPage
{
    Q_OBJECT

public:
    explicit SegmentsPage(ServiceContext context, QWidget* parent = nullptr);
    ~SegmentsPage() override;

    void refresh() override;
    bool canCreate() const override { return m_allowed; }
    void createNew() override { newSegment(); }
    bool canSearch() const override { return m_allowed; }
    void focusSearch() override;
    bool canDelete() const override;
    void deleteSelected() override;
    QString statusText() const override;

    void selectSegment(qint64 segmentId);
    qint64 selectedSegmentId() const;

    void newSegment();
    void newStaticSegment();
    void recalculateSelected();
    void duplicateSelected();
    void archiveSelected();
    void exportSelected();
    // Bulk-enrols the selected segment's members in a sequence the user picks, then shows the
    // report (enrolled, and skipped with the reason) in the banner.
    void enrolSelected();

    SegmentEditor* editor() const { return m_editor; }
    QTableView* table() const { return m_table; }
    SegmentListModel* model() const { return m_model; }
    MessageBanner* banner() const { return m_banner; }
    SegmentJobRunner* runner() const { return m_runner; }

    // Picks the CSV file to export to (empty = cancelled); tests replace it.
    std::function<QString(QWidget* parent, const QString& suggested)> chooseExportFile;
    // Picks the sequence to enrol a segment in from (id, name) pairs; 0 = cancelled. Tests replace it.
    std::function<qint64(QWidget* parent, const QString& segmentName,
                         const QList<std::pair<qint64, QString>>& sequences)>
        chooseSequence;

signals:
    // After a recalculation, duplicate or export finished (tests wait on it).
    void actionFinished();

private:
    void selectionChanged();
    void updateActions();
    const Segment* selected() const;

    ServiceContext m_context;
    SegmentJobRunner* m_runner;
    MessageBanner* m_banner;
    QLineEdit* m_search;
    QCheckBox* m_showArchived;
    QPushButton* m_new;
    QPushButton* m_newStatic;
    QPushButton* m_recalculate;
    QPushButton* m_duplicate;
    QPushButton* m_archive;
    QPushButton* m_export;
    QPushButton* m_enrol;
    SegmentListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    SegmentEditor* m_editor;
    bool m_allowed = true;
};
