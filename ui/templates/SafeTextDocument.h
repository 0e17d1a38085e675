#pragma once

#include <QTextDocument>
#include <QUrl>

// A text document that never loads a resource: no local files (file:///…, relative paths, qrc),
// no remote images or style sheets. QTextDocument otherwise reads local files by itself when HTML
// names them, which must not happen for template HTML that came from a paste or another user.
// Each refused URL is remembered so that tests (and a curious user) can see what was blocked.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT

public:
    explicit SafeTextDocument(QObject* parent = nullptr);

    const QList<QUrl>& blockedResources() const { return m_blocked; }
    // Records a refused URL; returns the empty resource.
    QVariant refuse(const QUrl& name);

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    QList<QUrl> m_blocked;
};
