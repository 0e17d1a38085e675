#include "cli/CliApplication.h"
#include "common/WorkerThreads.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <cstdio>

int main(int argc, char** argv)
{
    WorkerThreads::usePlainEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    // Messages in the user's language (rapport_th.qm from the build tree or share/rapport/translations).
    TranslationLoader::apply(QLocale::system().name().section(QLatin1Char('_'), 0, 0));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CliApplication::run(app.arguments().mid(1), out, err);
}
