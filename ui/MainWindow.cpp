#include "MainWindow.h"

#include <QLabel>

namespace oomlens::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("OOM Lens"));
    setCentralWidget(new QLabel(tr("OOM Lens"), this));
    resize(1280, 800);
}

} // namespace oomlens::ui
