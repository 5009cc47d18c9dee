#include "statuscolors.h"

#include <QPalette>
#include <cmath>

namespace yard::ui {

namespace {
// Hues in degrees, one per class 1xx to 5xx.
constexpr int ClassHues[] = {270, 130, 215, 35, 0};
constexpr int ClassSaturation[] = {60, 200, 200, 230, 220};

double channel(double value) {
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color) {
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

int statusClass(int status) {
    return status >= 100 && status <= 599 ? status / 100 : 0;
}
} // namespace

double StatusColors::contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor StatusColors::text(int status, const QColor &background) {
    const int cls = statusClass(status);
    if (cls == 0)
        return {};
    const bool darkBackground = luminance(background) < 0.18;
    // Start at a mid lightness and walk away from the background: the first step that passes
    // keeps as much colour as the contrast allows.
    const int hue = ClassHues[cls - 1];
    const int saturation = ClassSaturation[cls - 1];
    int lightness = darkBackground ? 150 : 110;
    const int step = darkBackground ? 6 : -6;
    QColor color = QColor::fromHsl(hue, saturation, lightness);
    for (int i = 0; i < 40 && contrast(color, background) < MinimumContrast; ++i) {
        lightness = qBound(0, lightness + step, 255);
        color = QColor::fromHsl(hue, saturation, lightness);
    }
    return color;
}

QColor StatusColors::rowTint(int status, const QColor &background) {
    const int cls = statusClass(status);
    if (cls < 4)
        return {};
    const QColor hue = QColor::fromHsl(ClassHues[cls - 1], 220, 128);
    const double amount = luminance(background) < 0.18 ? 0.22 : 0.12;
    return QColor::fromRgbF(float(background.redF() * (1 - amount) + hue.redF() * amount),
                            float(background.greenF() * (1 - amount) + hue.greenF() * amount),
                            float(background.blueF() * (1 - amount) + hue.blueF() * amount));
}

QColor StatusColors::background(const QPalette &palette) {
    return palette.color(QPalette::Active, QPalette::Base);
}

QColor StatusColors::direction(bool out, const QColor &background) {
    return text(out ? 100 : 300, background);
}

} // namespace yard::ui
