#include "settings/SettingsDialog.h"

#include "auth/Authorizer.h"
#include "backup/DailyBackup.h"
#include "i18n/TranslationLoader.h"
#include "settings/DesktopSettings.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(ServiceContext context, QWidget* parent)
    : QDialog(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("settingsDialog"));
    const bool editable = officeSettingsEditable();
    m_officeGroup = new QGroupBox(this);
    m_officeGroup->setObjectName(QStringLiteral("officeSettingsGroup"));
    m_officeForm = new QFormLayout(m_officeGroup);
    m_officeNote = new QLabel(m_officeGroup);
    m_officeNote->setObjectName(QStringLiteral("officeSettingsNote"));
    m_officeNote->setWordWrap(true);
    m_officeNote->setVisible(!editable);
    m_officeForm->addRow(m_officeNote);
    const OfficeSettings office(m_context);
    for (const SettingDefinition& definition : SettingsCatalogue::all()) {
        if (definition.scope != SettingScope::Office)
            continue;
        auto* edit = new QLineEdit(office.value(definition.key), m_officeGroup);
        edit->setObjectName(definition.key + QStringLiteral("Edit"));
        edit->setReadOnly(!editable);
        edit->setPlaceholderText(definition.defaultValue.toString());
        auto* label = new QLabel(m_officeGroup);
        label->setBuddy(edit);
        m_officeForm->addRow(label, edit);
        m_officeEdits.insert(definition.key, edit);
        m_officeLabels.insert(definition.key, label);
    }

    m_desktopGroup = new QGroupBox(this);
    auto* desktopForm = new QFormLayout(m_desktopGroup);
    m_language = new QComboBox(m_desktopGroup);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& language : TranslationLoader::availableLanguages())
        m_language->addItem(TranslationLoader::nativeName(language), language);
    m_language->setCurrentIndex(m_language->findData(DesktopSettings::language()));
    m_languageLabel = new QLabel(m_desktopGroup);
    m_languageLabel->setBuddy(m_language);
    desktopForm->addRow(m_languageLabel, m_language);
    // The daily automatic backup of this desktop's database (DailyBackup).
    const DailyBackup::Settings backup = DailyBackup::fromDesktop();
    m_autoBackup = new QCheckBox(m_desktopGroup);
    m_autoBackup->setObjectName(QStringLiteral("autoBackupCheck"));
    m_autoBackup->setChecked(backup.enabled);
    desktopForm->addRow(QString(), m_autoBackup);
    m_autoBackupFolder = new QLineEdit(backup.folder, m_desktopGroup);
    m_autoBackupFolder->setObjectName(QStringLiteral("autoBackupFolderEdit"));
    m_autoBackupFolder->setPlaceholderText(QDir::toNativeSeparators(DailyBackup::defaultFolder()));
    auto* chooseFolder = new QPushButton(m_desktopGroup);
    chooseFolder->setObjectName(QStringLiteral("autoBackupFolderButton"));
    chooseFolder->setText(tr("Choose…"));
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString start = m_autoBackupFolder->text().trimmed().isEmpty() ? DailyBackup::defaultFolder()
                                                                             : m_autoBackupFolder->text();
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for daily backups"), start);
        if (!chosen.isEmpty())
            m_autoBackupFolder->setText(QDir::toNativeSeparators(chosen));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_autoBackupFolder, 1);
    folderRow->addWidget(chooseFolder);
    m_autoBackupFolderLabel = new QLabel(m_desktopGroup);
    m_autoBackupFolderLabel->setBuddy(m_autoBackupFolder);
    desktopForm->addRow(m_autoBackupFolderLabel, folderRow);
    m_autoBackupKeep = new QSpinBox(m_desktopGroup);
    m_autoBackupKeep->setObjectName(QStringLiteral("autoBackupKeepSpin"));
    if (const SettingDefinition* keep =
            SettingsCatalogue::find(QLatin1String(SettingsCatalogue::Keys::AutoBackupKeep)))
        m_autoBackupKeep->setRange(static_cast<int>(keep->minimum), static_cast<int>(keep->maximum));
    m_autoBackupKeep->setValue(backup.keep);
    m_autoBackupKeepLabel = new QLabel(m_desktopGroup);
    m_autoBackupKeepLabel->setBuddy(m_autoBackupKeep);
    desktopForm->addRow(m_autoBackupKeepLabel, m_autoBackupKeep);
    // Which database this desktop opens when started without --db: its own file, or the office's.
    m_officeDatabase = new QLineEdit(DesktopSettings::officeDatabase(), m_desktopGroup);
    m_officeDatabase->setObjectName(QStringLiteral("officeDatabaseEdit"));
    m_officeDatabase->setPlaceholderText(QStringLiteral("postgresql://server/rapport"));
    m_officeDatabaseLabel = new QLabel(m_desktopGroup);
    m_officeDatabaseLabel->setBuddy(m_officeDatabase);
    desktopForm->addRow(m_officeDatabaseLabel, m_officeDatabase);
    const auto enableBackupFields = [this, chooseFolder](bool on) {
        m_autoBackupFolder->setEnabled(on);
        chooseFolder->setEnabled(on);
        m_autoBackupKeep->setEnabled(on);
    };
    connect(m_autoBackup, &QCheckBox::toggled, this, enableBackupFields);
    enableBackupFields(backup.enabled);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("settingsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(
        QStringLiteral("background:#fdecea;color:#611a15;padding:6px;border-radius:4px;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_officeGroup);
    layout->addWidget(m_desktopGroup);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    retranslate();
}

bool SettingsDialog::officeSettingsEditable() const
{
    return Authorizer::can(m_context.actor, Permission::ManageSettings);
}

QString SettingsDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void SettingsDialog::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->setVisible(true);
}

bool SettingsDialog::save()
{
    if (officeSettingsEditable()) {
        const OfficeSettings office(m_context);
        // Check everything first, so nothing is stored when one value is wrong.
        for (auto it = m_officeEdits.cbegin(); it != m_officeEdits.cend(); ++it) {
            const SettingDefinition* definition = SettingsCatalogue::find(it.key());
            auto valid = SettingsCatalogue::validate(*definition, it.value()->text());
            if (!valid) {
                showError(valid.error().message);
                it.value()->setFocus();
                it.value()->selectAll();
                return false;
            }
        }
        for (auto it = m_officeEdits.cbegin(); it != m_officeEdits.cend(); ++it) {
            if (it.value()->text().trimmed() == office.value(it.key()))
                continue;
            if (auto stored = office.setValue(it.key(), it.value()->text()); !stored) {
                showError(stored.error().message);
                it.value()->setFocus();
                return false;
            }
        }
    }
    const QString language = m_language->currentData().toString();
    if (auto stored = DesktopSettings::setValue(QLatin1String(SettingsCatalogue::Keys::Language), language);
        !stored) {
        showError(stored.error().message);
        return false;
    }
    const QList<std::pair<const char*, QString>> backupValues = {
        {SettingsCatalogue::Keys::AutoBackupEnabled,
         m_autoBackup->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {SettingsCatalogue::Keys::AutoBackupFolder,
         QDir::fromNativeSeparators(m_autoBackupFolder->text().trimmed())},
        {SettingsCatalogue::Keys::AutoBackupKeep, QString::number(m_autoBackupKeep->value())}};
    for (const auto& [key, value] : backupValues) {
        if (auto stored = DesktopSettings::setValue(QLatin1String(key), value); !stored) {
            showError(stored.error().message);
            return false;
        }
    }
    if (auto stored = DesktopSettings::setValue(QLatin1String(SettingsCatalogue::Keys::OfficeDatabase),
                                                m_officeDatabase->text().trimmed());
        !stored) {
        showError(stored.error().message);
        m_officeDatabase->setFocus();
        return false;
    }
    if (language != TranslationLoader::currentLanguage() && !TranslationLoader::apply(language)) {
        showError(
            tr("The translation for %1 is not installed.").arg(TranslationLoader::nativeName(language)));
        return false;
    }
    m_banner->setVisible(false);
    return true;
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_officeGroup->setTitle(tr("Office (all desktops)"));
    m_desktopGroup->setTitle(tr("This desktop"));
    m_officeNote->setText(tr("Only an administrator can change office settings."));
    m_languageLabel->setText(tr("&Language:"));
    m_autoBackup->setText(tr("&Back up this desktop's database every day"));
    m_autoBackup->setToolTip(
        tr("The first time Rapport is open on a day it copies the database to the folder "
           "below while you keep working, and deletes the oldest copies beyond the number "
           "to keep."));
    m_autoBackupFolderLabel->setText(tr("Backup &folder:"));
    m_autoBackupKeepLabel->setText(tr("&Keep the last:"));
    m_officeDatabaseLabel->setText(tr("&Office database:"));
    m_officeDatabase->setToolTip(tr("Empty: this computer's own database. An office database "
                                    "(postgresql://server/rapport) is used from the next start, signing in "
                                    "with your own username and password."));
    m_autoBackupKeep->setSuffix(tr(" backups"));
    for (auto it = m_officeLabels.cbegin(); it != m_officeLabels.cend(); ++it) {
        if (const SettingDefinition* definition = SettingsCatalogue::find(it.key()))
            it.value()->setText(SettingsCatalogue::label(*definition) + QLatin1Char(':'));
    }
}
