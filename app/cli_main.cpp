#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CliApplication::run(app.arguments().mid(1), out, err);
}
