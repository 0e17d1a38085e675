#pragma once

#include "common/ServiceContext.h"
#include "segments/Segment.h"

#include <QElapsedTimer>
#include <QWidget>
#include <atomic>
#include <memory>

class FilterBuilder;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class SegmentJobRunner;
class SegmentMemberModel;
class StaticMembersView;

// One segment, new or saved: name, description, visibility and tags; for a dynamic segment the
// filter builder beside a live preview (debounced: the count and the first 50 members, then the
// count each rule gives), for a static one its members. Someone else's public segment opens
// read-only.
class SegmentEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPreviewDelayMs = 300;
    static constexpr int kPreviewRows = 50;

    SegmentEditor(ServiceContext context, SegmentJobRunner* runner, QWidget* parent = nullptr);

    void newSegment(SegmentType type, FilterEntity entity = FilterEntity::Contact);
    void openSegment(const Segment& segment);
    qint64 segmentId() const { return m_segment.id; }
    const Segment& segment() const { return m_segment; }
    bool isEditable() const { return m_editable; }
    // Validates and stores on the worker thread; then saved() or saveFailed() (the reason is also
    // shown in the banner).
    void save();

    FilterBuilder* builder() const { return m_builder; }
    QLabel* previewCount() const { return m_previewCount; }
    QTableView* previewTable() const { return m_previewTable; }
    StaticMembersView* membersView() const { return m_members; }
    MessageBanner* banner() const { return m_banner; }
    // From asking for a preview to showing the exact count, for the last preview shown.
    qint64 lastPreviewMilliseconds() const { return m_lastPreviewMs; }
    // From asking for a preview to showing its first members with a count, exact or estimated
    // (what the user waits for on a big database, where the exact count follows).
    qint64 lastFirstLookMilliseconds() const { return m_lastFirstLookMs; }
    // The preview count shown last (-1 while none).
    qint64 shownCount() const { return m_shownCount; }

signals:
    void saved(qint64 segmentId);
    void saveFailed(const QString& message);
    // The first members are shown with an exact or estimated count (before previewShown).
    void firstLookShown();
    // The preview is complete: members and the exact count.
    void previewShown(qint64 count);

private:
    void builderChanged();
    void runPreview();
    void showExactCount(const Filter& filter, qint64 count, int membersShown, quint64 generation);
    void showFields(const Segment& segment);

    ServiceContext m_context;
    SegmentJobRunner* m_runner;
    Segment m_segment;
    bool m_editable = true;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    QElapsedTimer m_requested;
    qint64 m_lastPreviewMs = -1;
    qint64 m_lastFirstLookMs = -1;
    qint64 m_shownCount = -1;

    MessageBanner* m_banner;
    QLabel* m_title;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QComboBox* m_visibility;
    QLineEdit* m_tags;
    QLabel* m_countedAt;
    QPushButton* m_save;
    QStackedWidget* m_body;
    FilterBuilder* m_builder;
    QLabel* m_previewCount;
    QLabel* m_previewNote;
    QTableView* m_previewTable;
    SegmentMemberModel* m_previewModel;
    StaticMembersView* m_members;
    QTimer* m_timer;
};
