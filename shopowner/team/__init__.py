"""Team mode's steps, shared by 文件 → 团队模式 and the ``hub`` commands: making this PC the hub,
joining one, leaving it (:mod:`.hub_steps`). No Qt here."""
