#pragma once

#include <QWidget>

// A page of the main window. The window's standard actions (New, Find, Delete, Refresh) act on
// the current page through these; a page that does not support one leaves it disabled.
class AppPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual bool canCreate() const { return false; }
    virtual void createNew() {}
    virtual bool canSearch() const { return false; }
    virtual void focusSearch() {}
    virtual bool canDelete() const { return false; }
    virtual void deleteSelected() {}
    virtual void refresh() {}
    // One line for the status bar ("1,000 companies").
    virtual QString statusText() const { return {}; }

signals:
    // The status text or what the actions can do has changed.
    void stateChanged();
};
