#pragma once

#include <QList>
#include <QVariant>

// Where the next page of a keyset-paged list starts: after the row with this sort value and id
// (in the list's order). A default cursor starts at the beginning.
struct ListCursor
{
    QVariant sortValue;
    qint64 id = 0;

    bool atStart() const { return id == 0; }
};

// One page of record ids in list order, for views that fetch rows lazily by key: holding only
// ids keeps memory bounded however far the user scrolls, and each page costs the same (no OFFSET).
struct KeysetPage
{
    QList<qint64> ids;
    ListCursor next; // pass back to get the page after this one
    bool atEnd = false;
};
