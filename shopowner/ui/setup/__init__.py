"""Leading a new owner: the first-start set-up, the 使用指南, empty areas that say what to do next,
the settings pages the set-up shares with 文件 → 设置, and restarting in a new language."""
