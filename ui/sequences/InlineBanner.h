#pragma once

#include <QLabel>

// A one-line message shown at the top of the page that caused it (errors in red, results in
// green); hidden when empty. Replaced by the shared widgets/MessageBanner once that is on main.
class InlineBanner : public QLabel
{
    Q_OBJECT

public:
    explicit InlineBanner(QWidget* parent = nullptr);
    void showError(const QString& message);
    void showInfo(const QString& message);
    void clear();
};
