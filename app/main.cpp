#include <QApplication>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    // --version must work without a display (the package test runs it headless), so it is
    // answered before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("rapport %s\n", RAPPORT_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    return 0;
}
