#pragma once

#include "SafeTextDocument.h"

#include <QTextBrowser>

// The template preview: a read-only QTextBrowser that shows HTML and nothing else. It loads no
// resources (see SafeTextDocument), follows no link by itself (neither inside the browser nor in
// an external program) and has no search paths.
class SafePreviewBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafePreviewBrowser(QWidget* parent = nullptr);

    void showHtml(const QString& html);
    // Every resource URL the rendered HTML asked for and did not get.
    QList<QUrl> blockedResources() const;

protected:
    // QTextBrowser's own implementation reads files from its search paths; never call it.
    QVariant loadResource(int type, const QUrl& name) override;
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override;

private:
    SafeTextDocument* m_document;
};
