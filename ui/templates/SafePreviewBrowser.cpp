#include "SafePreviewBrowser.h"

SafePreviewBrowser::SafePreviewBrowser(QWidget* parent)
    : QTextBrowser(parent), m_document(new SafeTextDocument(this))
{
    setDocument(m_document);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    setReadOnly(true);
    setUndoRedoEnabled(false);
}

void SafePreviewBrowser::showHtml(const QString& html)
{
    m_document->setHtml(html);
}

QList<QUrl> SafePreviewBrowser::blockedResources() const
{
    return m_document->blockedResources();
}

QVariant SafePreviewBrowser::loadResource(int, const QUrl& name)
{
    return m_document->refuse(name);
}

void SafePreviewBrowser::doSetSource(const QUrl&, QTextDocument::ResourceType)
{
    // Navigation is switched off: a link click or setSource() never loads anything.
}
