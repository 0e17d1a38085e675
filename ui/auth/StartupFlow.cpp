#include "auth/StartupFlow.h"

#include "auth/FirstRunWizard.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "db/Database.h"

#include <QFileInfo>
#include <QMessageBox>

std::optional<Session> StartupFlow::signInToOffice(const QString& location, const Clock& clock,
                                                   QWidget* parent)
{
    SignInDialog dialog(location, clock, parent);
    // A password the person asked this desktop to remember signs them in without the dialog.
    if (!dialog.signInWithRememberedPassword() && dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Session{dialog.database(), dialog.actor()};
}

std::optional<Session> StartupFlow::run(const Clock& clock, const QString& databaseLocation, QWidget* parent)
{
    const QString location = databaseLocation.isEmpty() ? Database::defaultLocation() : databaseLocation;
    if (Database::isPostgresLocation(location)) {
        // An office database is set up by its administrator (`admin create-office-db`, `user
        // add`); a desktop only signs in to it, as the user's own database role.
        return signInToOffice(location, clock, parent);
    }
    bool needsSetup = !QFileInfo::exists(location);
    std::shared_ptr<Database> database;
    if (!needsSetup) {
        auto opened = Database::open(location);
        if (!opened) {
            QMessageBox::critical(parent, tr("Rapport"), opened.error().message);
            return std::nullopt;
        }
        database = opened.value();
        auto hasUsers = UserService(ServiceContext{database, &clock, Actor{}}).hasUsers();
        if (!hasUsers) {
            QMessageBox::critical(parent, tr("Rapport"), hasUsers.error().message);
            return std::nullopt;
        }
        needsSetup = !hasUsers.value();
    }
    if (needsSetup) {
        FirstRunWizard wizard(clock, location, parent);
        if (wizard.exec() != QDialog::Accepted)
            return std::nullopt;
        if (wizard.joinsOffice()) {
            return signInToOffice(wizard.officeDatabase(), clock, parent);
        }
        return Session{wizard.database(), wizard.actor()};
    }
    SignInDialog dialog(ServiceContext{database, &clock, Actor{}}, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Session{database, dialog.actor()};
}
