#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

// Toolbar icons for the rich-text editor, drawn in code so the editor looks the same on a desktop
// without an icon theme (Windows, macOS, minimal Linux). Names follow the freedesktop icon names
// ("format-justify-left", …); the theme's icon is preferred when it has one.
namespace EditorIcons {
QIcon icon(const QString& themeName, const QColor& ink);
// "A" over a bar of the given colour: the text-colour button shows the colour it applies.
QIcon colorIcon(const QColor& ink, const QColor& swatch);
} // namespace EditorIcons
