#include "VariableGuide.h"

#include "FlowLayout.h"
#include "templates/TemplateCatalogue.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

VariableGuide::VariableGuide(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("variableGuide"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("variableGuideHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto* hint =
        new QLabel(tr("Click a variable to insert it where the cursor is, in the subject or the body. "
                      "Hover for what it contains; right-click to copy it."),
                   this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_chipArea = new QWidget(this);
    m_flow = new FlowLayout(m_chipArea, 6);
    layout->addWidget(m_heading);
    layout->addWidget(hint);
    layout->addWidget(m_chipArea);
    layout->addStretch(1);
}

void VariableGuide::setTemplateType(const QString& typeCode)
{
    if (typeCode == m_type && !m_chips.isEmpty())
        return;
    m_type = typeCode;
    qDeleteAll(m_chips);
    m_chips.clear();
    m_order.clear();
    m_heading->setText(tr("Variables for %1").arg(TemplateCatalogue::typeLabel(typeCode)));
    for (const TemplateVariable& variable : TemplateCatalogue::variables(typeCode)) {
        const QString placeholder = QStringLiteral("{{") + variable.name + QStringLiteral("}}");
        auto* chip = new QToolButton(m_chipArea);
        chip->setObjectName(QStringLiteral("chip_") + variable.name);
        chip->setText(placeholder);
        chip->setToolTip(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(placeholder.toHtmlEscaped(), variable.translatedDescription().toHtmlEscaped()));
        chip->setAccessibleDescription(variable.translatedDescription());
        chip->setFocusPolicy(Qt::NoFocus);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setContextMenuPolicy(Qt::CustomContextMenu);
        // A rounded, tinted look so the chips read as tokens rather than buttons of a toolbar.
        chip->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 8px;"
            " background: palette(alternate-base); }"
            "QToolButton:hover { background: palette(midlight); }"));
        connect(chip, &QToolButton::clicked, this,
                [this, placeholder] { emit insertRequested(placeholder); });
        connect(chip, &QToolButton::customContextMenuRequested, this,
                [this, chip, name = variable.name](const QPoint& position) {
                    showChipMenu(chip, name, position);
                });
        m_flow->addWidget(chip);
        chip->show(); // children added to a shown widget stay hidden until shown
        m_chips.insert(variable.name, chip);
        m_order << variable.name;
    }
    m_chipArea->updateGeometry();
}

void VariableGuide::showChipMenu(QToolButton* chip, const QString& name, const QPoint& position)
{
    const QString placeholder = QStringLiteral("{{") + name + QStringLiteral("}}");
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("chipMenu"));
    QAction* insert = menu.addAction(tr("Insert %1").arg(placeholder));
    insert->setObjectName(QStringLiteral("insertVariable"));
    QAction* copy = menu.addAction(tr("Copy %1").arg(placeholder));
    copy->setObjectName(QStringLiteral("copyVariable"));
    connect(insert, &QAction::triggered, this, [this, placeholder] { emit insertRequested(placeholder); });
    connect(copy, &QAction::triggered, this,
            [placeholder] { QGuiApplication::clipboard()->setText(placeholder); });
    menu.exec(chip->mapToGlobal(position));
}
