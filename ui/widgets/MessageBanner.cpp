#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAttribute(Qt::WA_StyledBackground, true);
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageBannerClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        emit dismissed();
    });
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    QString colours;
    switch (kind) {
    case Kind::Error:
        colours = QStringLiteral("background:#fdecea; border:1px solid #f5c2bd; color:#8a1c12;");
        break;
    case Kind::Warning:
        colours = QStringLiteral("background:#fff6e0; border:1px solid #f0d9a0; color:#6b4b00;");
        break;
    case Kind::Information:
        colours = QStringLiteral("background:#e8f1fd; border:1px solid #b9d3f5; color:#163e6e;");
        break;
    }
    setStyleSheet(QStringLiteral("MessageBanner {") + colours + QStringLiteral(" border-radius:4px; }"));
    m_label->setText(text);
    show();
}

void MessageBanner::clear()
{
    m_label->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}
