#pragma once

#include "auth/Actor.h"
#include "common/Clock.h"

#include <QWizard>
#include <memory>

class Database;
class MessageBanner;
class QCheckBox;
class QLabel;
class QLineEdit;

// First run: choose where the database goes (and create it), create the first Admin (there is
// no built-in default password) and optionally fill in demo data. Or, for a desktop joining an
// office, give the office database's address and finish at once (its administrator set it up). On success the
// new Admin is signed in: database() and actor() are what the application continues with.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    FirstRunWizard(const Clock& clock, const QString& databaseLocation, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    std::shared_ptr<Database> database() const { return m_database; }
    Actor actor() const { return m_actor; }
    // Accepted with "my office has a shared database": nothing was created here; the address is
    // saved as this desktop's office database and the caller signs the user in to it.
    bool joinsOffice() const { return m_joinsOffice; }
    QString officeDatabase() const;
    QString bannerText() const;

    // Creates the database, the admin and the demo data from the fields; false (with the reason
    // in the banner) when something is refused. accept() calls it; tests may call it directly.
    bool finish();

    int nextId() const override;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showError(const QString& message);

    const Clock& m_clock;
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QWizardPage* m_databasePage = nullptr;
    QWizardPage* m_adminPage = nullptr;
    QWizardPage* m_demoPage = nullptr;
    QLabel* m_databaseIntro = nullptr;
    QLabel* m_locationLabel = nullptr;
    QLineEdit* m_location = nullptr;
    QCheckBox* m_joinOffice = nullptr;
    QLabel* m_officeLabel = nullptr;
    QLineEdit* m_office = nullptr;
    MessageBanner* m_officeProblem = nullptr;
    bool m_joinsOffice = false;
    QLabel* m_adminIntro = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QList<QLabel*> m_adminLabels;
    QCheckBox* m_demo = nullptr;
    QLabel* m_banner = nullptr;
};
