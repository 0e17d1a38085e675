#include "SafeTextDocument.h"

SafeTextDocument::SafeTextDocument(QObject* parent) : QTextDocument(parent)
{
    // No base URL: nothing relative can resolve to a file next to the application.
    setBaseUrl(QUrl());
}

QVariant SafeTextDocument::loadResource(int, const QUrl& name)
{
    return refuse(name);
}

QVariant SafeTextDocument::refuse(const QUrl& name)
{
    if (!m_blocked.contains(name))
        m_blocked.append(name);
    return {};
}
