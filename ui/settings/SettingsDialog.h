#pragma once

#include "common/ServiceContext.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Office-wide settings (stored in the database; only an Admin may change them, everyone sees them)
// and this desktop's settings (the language, applied at once without a restart). Built from
// SettingsCatalogue, so a new setting appears here without UI code; each value is validated by
// the catalogue and the first error shows in the banner next to its field.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(ServiceContext context, QWidget* parent = nullptr);

    QString bannerText() const;
    bool officeSettingsEditable() const;

public slots:
    // Validates and stores everything; returns whether all was saved (then the dialog closes).
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showError(const QString& message);

    ServiceContext m_context;
    QGroupBox* m_officeGroup = nullptr;
    QGroupBox* m_desktopGroup = nullptr;
    QFormLayout* m_officeForm = nullptr;
    QLabel* m_officeNote = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_autoBackup = nullptr;
    QLabel* m_autoBackupFolderLabel = nullptr;
    QLineEdit* m_autoBackupFolder = nullptr;
    QLabel* m_autoBackupKeepLabel = nullptr;
    QLineEdit* m_officeDatabase = nullptr;
    QLabel* m_officeDatabaseLabel = nullptr;
    QSpinBox* m_autoBackupKeep = nullptr;
    QLabel* m_banner = nullptr;
    QMap<QString, QLineEdit*> m_officeEdits; // setting key → editor
    QMap<QString, QLabel*> m_officeLabels;
};
