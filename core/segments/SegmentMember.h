#pragma once

#include <QList>
#include <QString>

// One member of a segment as lists and previews show it: a contact with its company, or a company
// (then `id` and `companyId` are the company's and `email` is empty).
struct SegmentMember
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString name;
    QString email;
    QString companyName;
    QString country;
    bool isActive = true;
    bool unsubscribed = false;
};

// Which members to list: a case-insensitive search over name, email and company name, and a page.
struct SegmentMemberQuery
{
    QString search;
    int limit = -1; // -1 = all
    int offset = 0;
};

// What the builder's live preview shows for a filter that is not saved yet.
struct SegmentPreview
{
    // How `count` was found. A first look (SegmentService::firstLook) may only estimate it, or not
    // know it yet, when counting exactly takes long; the exact count then follows.
    enum class CountKind
    {
        Exact,
        Estimate, // from evenly spread samples of the table
        Unknown,  // at least members.size()
    };
    qint64 count = 0;
    CountKind countKind = CountKind::Exact;
    QList<SegmentMember> members; // the first ones, by name
};

// The count one rule or nested group gives on its own, keyed by its path ("rules[1].rules[0]").
struct SegmentRuleCount
{
    QString path;
    qint64 count = 0;
};
