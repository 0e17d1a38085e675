#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "filters/CheckedFilter.h"
#include "segments/Segment.h"
#include "segments/SegmentMember.h"

#include <QCoreApplication>
#include <optional>

class QIODevice;

struct SegmentListQuery
{
    QString search;               // case-insensitive part of the name
    bool includeArchived = false; // archived segments are hidden unless asked for
};

// Segments (SPEC §7): create, edit, recalculate, duplicate, archive, static members, member
// listing and CSV export, and the counts and preview the filter builder shows for an unsaved filter.
//
// Every call needs Permission::ManageSegments. A user sees their own segments and public active
// ones; Permission::SeeAllSegments (admins, the CLI) sees all. Only the owner or an admin edits.
//
// Bulk enrolment into a sequence is not here yet: it belongs to the layer above sequences (segments
// → sequences) and will be a SegmentEnrolment class that takes memberRefs() of a visible, active
// segment and, in one transaction, enrols each through the sequence service, reports enrolled /
// skipped (inactive, unsubscribed, already enrolled) and calls markUsed() (a nested transaction).
class SegmentService
{
    Q_DECLARE_TR_FUNCTIONS(SegmentService)

public:
    explicit SegmentService(ServiceContext context);

    Result<Segment> get(qint64 id) const;
    Result<QList<Segment>> list(const SegmentListQuery& query = {}) const;
    // Validates, stores with the acting user as owner, computes the member count; returns the id.
    Result<qint64> create(const Segment& segment) const;
    // Name, description, filter (dynamic), visibility and tags; recounts when the filter changed.
    Status update(const Segment& segment) const;
    Status setStatus(qint64 id, SegmentStatus status) const;
    Status archive(qint64 id) const { return setStatus(id, SegmentStatus::Archived); }
    // A private copy owned by the acting user ("Name (copy)" unless a name is given), with the
    // static members too; returns the new id.
    Result<qint64> duplicate(qint64 id, const QString& name = {}) const;
    // Counts the members now and caches the count with the time; returns it.
    Result<qint64> recalculate(qint64 id) const;

    // Static segments only. Adding a member twice or removing a non-member is not an error.
    Status addMembers(qint64 id, const QList<qint64>& contactIds) const;
    Status removeMembers(qint64 id, const QList<qint64>& contactIds) const;

    Result<QList<SegmentMember>> members(qint64 id, const SegmentMemberQuery& query = {}) const;
    Result<qint64> memberCount(qint64 id, const QString& search = {}) const;
    struct MemberRef
    {
        qint64 companyId = 0;
        qint64 contactId = 0; // 0 for a company segment
    };
    // Every member as (company, contact): what a bulk enrolment needs.
    Result<QList<MemberRef>> memberRefs(qint64 id) const;
    // Writes the members as CSV (UTF-8, a header line, full contact or company columns) and
    // counts it as a use of the segment.
    Status exportCsv(qint64 id, QIODevice& out) const;
    // times_used + 1 and last_used_at = now; joins the caller's transaction if there is one.
    Status markUsed(qint64 id) const;

    // For a filter that is not saved (the builder, `segment count --filter-file`).
    Result<qint64> count(const Filter& filter) const;
    Result<QList<SegmentMember>> filterMembers(const Filter& filter,
                                               const SegmentMemberQuery& query = {}) const;
    // The builder's first look, quick on any size of database: the first `limit` members by name
    // with the count when fewer match (exact), else an estimate from samples spread over a big
    // table (kEstimateFromRows ids or more), else CountKind::Unknown. count() gives the exact one.
    Result<SegmentPreview> firstLook(const Filter& filter, int limit = 50) const;
    static constexpr qint64 kEstimateFromRows = 200000;
    // The count each rule and nested group gives on its own.
    Result<QList<SegmentRuleCount>> ruleCounts(const Filter& filter) const;

    // Contacts to offer when adding to a static segment: a search over name, email and company.
    Result<QList<SegmentMember>> findContacts(const QString& search, int limit = 50) const;

    bool canSee(const Segment& segment) const;
    bool canEdit(const Segment& segment) const;
    Status validate(const Segment& segment) const;

private:
    struct Source
    {
        FilterEntity entity = FilterEntity::Contact;
        QString countFrom; // enough for count(*)
        QString listFrom;  // with the company joined as co
        QString where;
        QVariantList binds;
    };
    Result<Source> sourceFor(const Filter& filter) const;
    Result<Source> sourceFor(const Segment& segment) const;
    Result<qint64> countSource(const Source& source) const;
    // `from` with contacts read before their companies (SqlDialect::orderedJoin): for a walk in
    // contact order, or over a range of contact ids, rather than from the company side.
    QString contactsFirst(const QString& from) const;
    // Matches among kSampleWindows windows of kSampleIds consecutive ids spread evenly over the
    // id range, scaled up to the whole range; nullopt when the range is below kEstimateFromRows.
    struct SampledCount
    {
        qint64 estimate = 0;
        qint64 idRange = 0;
    };
    Result<std::optional<SampledCount>> estimateSource(const Source& source) const;
    static constexpr int kSampleWindows = 16;
    static constexpr qint64 kSampleIds = 1024;
    // Walk the name order for the first members when at least 1 in kDenseRatio records match.
    static constexpr qint64 kDenseRatio = 200;
    // `walkNameOrder`: the matches are dense, so reading contacts in name order and stopping at
    // the page beats finding every match and sorting them (SqlDialect::orderedJoin).
    Result<QList<SegmentMember>> listSource(const Source& source, const SegmentMemberQuery& query,
                                            bool walkNameOrder = false) const;
    Status writeCsv(const Source& source, QIODevice& out) const;
    Result<Segment> getForEdit(qint64 id) const;
    Result<qint64> countFor(const Segment& segment) const;
    QVariantMap auditMap(const Segment& segment) const;
    Status require() const;

    ServiceContext m_context;
};
