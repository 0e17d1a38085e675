#include "records/LabelCache.h"

#include <QSet>

LabelCache::LabelCache(Loader loader, int capacity) : m_loader(std::move(loader)), m_capacity(capacity) {}

void LabelCache::prefetch(const QList<qint64>& ids)
{
    QList<qint64> missing;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (id != 0 && !m_labels.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            missing << id;
        }
    }
    if (missing.isEmpty())
        return;
    // Starting afresh when full keeps the bound without bookkeeping; the next page refills it.
    if (m_labels.size() + missing.size() > m_capacity)
        m_labels.clear();
    const QHash<qint64, QString> labels = m_loader(missing);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m_labels.insert(it.key(), it.value());
}

QString LabelCache::label(qint64 id)
{
    if (id == 0)
        return {};
    if (!m_labels.contains(id))
        prefetch({id});
    return m_labels.value(id);
}
