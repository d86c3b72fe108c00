"""Team mode in the window: the hub's banner and watch, and 文件 → 团队模式."""
