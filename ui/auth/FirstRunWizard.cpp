#include "auth/FirstRunWizard.h"

#include "auth/UserService.h"
#include "db/Database.h"
#include "records/DemoDataGenerator.h"
#include "settings/DesktopSettings.h"
#include "settings/SettingsCatalogue.h"
#include "templates/StarterTemplates.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
// The admin page may only move on when the passwords match; QWizard asks isComplete().
class AdminPage : public QWizardPage
{
public:
    AdminPage(QLineEdit** username, QLineEdit** password, QLineEdit** confirm)
        : m_username(username), m_password(password), m_confirm(confirm)
    {}
    bool isComplete() const override
    {
        return !(*m_username)->text().trimmed().isEmpty() && !(*m_password)->text().isEmpty() &&
               (*m_password)->text() == (*m_confirm)->text();
    }

private:
    QLineEdit** m_username;
    QLineEdit** m_password;
    QLineEdit** m_confirm;
};
} // namespace

FirstRunWizard::FirstRunWizard(const Clock& clock, const QString& databaseLocation, QWidget* parent)
    : QWizard(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ClassicStyle);

    m_databasePage = new QWizardPage(this);
    m_databaseIntro = new QLabel(m_databasePage);
    m_databaseIntro->setWordWrap(true);
    m_location = new QLineEdit(QDir::toNativeSeparators(databaseLocation), m_databasePage);
    m_location->setObjectName(QStringLiteral("databaseLocationEdit"));
    m_locationLabel = new QLabel(m_databasePage);
    m_locationLabel->setBuddy(m_location);
    m_joinOffice = new QCheckBox(m_databasePage);
    m_joinOffice->setObjectName(QStringLiteral("joinOfficeCheck"));
    m_office = new QLineEdit(DesktopSettings::officeDatabase(), m_databasePage);
    m_office->setObjectName(QStringLiteral("officeDatabaseEdit"));
    m_office->setPlaceholderText(QStringLiteral("postgresql://server/rapport"));
    m_officeLabel = new QLabel(m_databasePage);
    m_officeLabel->setBuddy(m_office);
    auto* databaseLayout = new QFormLayout;
    databaseLayout->addRow(m_databaseIntro);
    databaseLayout->addRow(m_locationLabel, m_location);
    databaseLayout->addRow(m_joinOffice);
    databaseLayout->addRow(m_officeLabel, m_office);
    m_officeProblem = new MessageBanner(m_databasePage);
    m_officeProblem->setObjectName(QStringLiteral("officeDatabaseProblem"));
    // Below the form rather than in it: a form row does not grow with a message that wraps.
    auto* databasePageLayout = new QVBoxLayout(m_databasePage);
    databasePageLayout->addLayout(databaseLayout);
    databasePageLayout->addWidget(m_officeProblem);
    databasePageLayout->addStretch();
    connect(m_office, &QLineEdit::textChanged, m_officeProblem, &MessageBanner::clear);
    addPage(m_databasePage);
    const auto showChoice = [this](bool joining) {
        m_location->setEnabled(!joining);
        m_office->setEnabled(joining);
        m_officeLabel->setEnabled(joining);
        // Joining ends on this page: Finish instead of Next.
        m_databasePage->setFinalPage(joining);
        emit m_databasePage->completeChanged();
    };
    connect(m_joinOffice, &QCheckBox::toggled, this, showChoice);
    showChoice(false);

    auto* adminPage = new AdminPage(&m_username, &m_password, &m_confirm);
    m_adminPage = adminPage;
    m_adminIntro = new QLabel(adminPage);
    m_adminIntro->setWordWrap(true);
    const auto line = [adminPage](const char* name, bool secret) {
        auto* edit = new QLineEdit(adminPage);
        edit->setObjectName(QLatin1String(name));
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_username = line("adminUsernameEdit", false);
    m_fullName = line("adminFullNameEdit", false);
    m_email = line("adminEmailEdit", false);
    m_password = line("adminPasswordEdit", true);
    m_confirm = line("adminConfirmEdit", true);
    auto* adminLayout = new QFormLayout(adminPage);
    adminLayout->addRow(m_adminIntro);
    for (QLineEdit* edit : {m_username, m_fullName, m_email, m_password, m_confirm}) {
        auto* label = new QLabel(adminPage);
        label->setBuddy(edit);
        m_adminLabels << label;
        adminLayout->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, adminPage, &QWizardPage::completeChanged);
    }
    addPage(adminPage);

    m_demoPage = new QWizardPage(this);
    m_demo = new QCheckBox(m_demoPage);
    m_demo->setObjectName(QStringLiteral("demoDataCheck"));
    m_banner = new QLabel(m_demoPage);
    m_banner->setObjectName(QStringLiteral("wizardBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(
        QStringLiteral("background:#fdecea;color:#611a15;padding:6px;border-radius:4px;"));
    auto* demoLayout = new QVBoxLayout(m_demoPage);
    demoLayout->addWidget(m_demo);
    demoLayout->addStretch();
    demoLayout->addWidget(m_banner);
    addPage(m_demoPage);
    m_demoPage->setFinalPage(true);
    retranslate();
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void FirstRunWizard::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->setVisible(true);
}

bool FirstRunWizard::finish()
{
    if (m_password->text() != m_confirm->text()) {
        showError(tr("The two passwords differ."));
        return false;
    }
    const QString location = QDir::fromNativeSeparators(m_location->text().trimmed());
    if (location.isEmpty()) {
        showError(tr("Choose where to keep the database."));
        return false;
    }
    QDir().mkpath(QFileInfo(location).absolutePath());
    auto opened = Database::open(location);
    if (!opened) {
        showError(opened.error().message);
        return false;
    }
    User admin;
    admin.username = m_username->text();
    admin.fullName = m_fullName->text();
    admin.email = m_email->text();
    UserService setup(ServiceContext{opened.value(), &m_clock, Actor{}});
    auto id = setup.createFirstAdmin(admin, m_password->text());
    if (!id) {
        showError(id.error().message);
        return false;
    }
    const Actor actor{id.value(), admin.username.trimmed(), Role::Admin};
    // As `rapport-cli init` does: the starter templates, inactive until an admin activates them.
    if (auto starters = installStarterTemplates(ServiceContext{opened.value(), &m_clock, actor}); !starters)
        showError(starters.error().message);
    if (m_demo->isChecked()) {
        auto demo = DemoDataGenerator(ServiceContext{opened.value(), &m_clock, actor}).generate({});
        if (!demo) {
            // The admin exists now; demo data can still be added later with rapport-cli demo.
            showError(demo.error().message);
        }
    }
    m_database = opened.value();
    m_actor = actor;
    m_password->clear();
    m_confirm->clear();
    return true;
}

QString FirstRunWizard::officeDatabase() const
{
    return m_office->text().trimmed();
}

int FirstRunWizard::nextId() const
{
    if (currentPage() == m_databasePage && m_joinOffice->isChecked())
        return -1;
    return QWizard::nextId();
}

void FirstRunWizard::accept()
{
    if (currentPage() == m_databasePage && m_joinOffice->isChecked()) {
        // Remembered for every later start; the address is checked before it is kept.
        if (auto stored = DesktopSettings::setValue(QLatin1String(SettingsCatalogue::Keys::OfficeDatabase),
                                                    officeDatabase());
            !stored) {
            m_officeProblem->showMessage(stored.error().message);
            m_office->setFocus();
            return;
        }
        m_joinsOffice = true;
        QWizard::accept();
        return;
    }
    if (finish())
        QWizard::accept();
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Welcome to Rapport"));
    m_databasePage->setTitle(tr("Database"));
    m_databaseIntro->setText(tr("Rapport keeps its data in a database file on this computer. Choose where "
                                "to create it; the suggested place is fine for most offices."));
    m_locationLabel->setText(tr("Database &file:"));
    m_joinOffice->setText(tr("My office already has a shared database on a server: join it"));
    m_officeLabel->setText(tr("&Office database:"));
    m_office->setToolTip(tr("The address your administrator gave you, such as postgresql://server/rapport. "
                            "You sign in with your own username and password next."));
    m_adminPage->setTitle(tr("First administrator"));
    m_adminIntro->setText(tr("Create the administrator account. Administrators add the other users, "
                             "and there is no built-in password: remember this one."));
    const QStringList labels = {tr("&Username:"), tr("&Full name:"), tr("&Email:"), tr("&Password:"),
                                tr("&Confirm password:")};
    for (int i = 0; i < m_adminLabels.size(); ++i)
        m_adminLabels[i]->setText(labels.value(i));
    m_demoPage->setTitle(tr("Demo data"));
    m_demo->setText(
        tr("Fill the database with demo companies, contacts, contracts and invoices to try Rapport out"));
}
