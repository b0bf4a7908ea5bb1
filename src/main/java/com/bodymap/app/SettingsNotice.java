package com.bodymap.app;

import com.bodymap.i18n.Messages;
import com.bodymap.store.SettingsProblem;

/** The note the status bar shows when the saved settings could not all be read. */
final class SettingsNotice {
    private final Messages messages;

    SettingsNotice(Messages messages) {
        this.messages = messages;
    }

    String of(SettingsProblem p) {
        return switch (p.kind()) {
            case UNREADABLE -> messages.text("settings.unreadable", p.file().toString(), p.error());
            case DAMAGED_MOVED -> messages.text("settings.damagedMoved", damage(p), p.movedTo().toString());
            case DAMAGED_STUCK -> messages.text("settings.damagedStuck", p.file().toString(), damage(p));
            case PARTS_UNREAD -> messages.text("settings.partsUnread", p.file().toString(),
                    messages.list(p.unread().stream().map(messages::label).toList()));
        };
    }

    private String damage(SettingsProblem p) {
        if (p.damage() == SettingsProblem.Damage.NOT_SETTINGS) {
            return messages.text("settings.damage.notSettings");
        }
        return p.line() == null ? messages.text("settings.damage.notJson") : messages.text("settings.damage.notJsonAt", p.line());
    }
}
