#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

// Bounded id → label lookups (company names for the contacts table), filled in bulk a page at a
// time so a table never issues one query per row.
class LabelCache
{
public:
    using Loader = std::function<QHash<qint64, QString>(const QList<qint64>& ids)>;

    explicit LabelCache(Loader loader, int capacity = 20000);

    void prefetch(const QList<qint64>& ids);
    QString label(qint64 id);
    void clear() { m_labels.clear(); }

private:
    Loader m_loader;
    QHash<qint64, QString> m_labels;
    int m_capacity;
};
