#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// rapport-cli's entry point over core: parses the arguments, dispatches to the registered
// command and returns its exit code. No Qt event loop is needed except by commands that run one.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};
