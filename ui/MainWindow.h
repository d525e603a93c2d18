#pragma once

#include <QMainWindow>

namespace oomlens::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace oomlens::ui
