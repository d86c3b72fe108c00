<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cards</name>
    <message numerus="yes">
        <source>The letter does not fit the card on {layout} for %n parcel(s), even at the smallest readable size: {cards}. Nothing was printed. Shorten the letter, or print these cards with another letter.</source>
        <translation>
            <numerusform>The letter does not fit the card on {layout} for %n parcel, even at the smallest readable size: {cards}. Nothing was printed. Shorten the letter, or print this card with another letter.</numerusform>
            <numerusform>The letter does not fit the card on {layout} for %n parcels, even at the smallest readable size: {cards}. Nothing was printed. Shorten the letter, or print these cards with another letter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsArea</name>
    <message numerus="yes">
        <source> copy(ies)</source>
        <translation>
            <numerusform> copy</numerusform>
            <numerusform> copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n card(s) written to {path} (pages: {pages}, {seconds} s).</source>
        <translation>
            <numerusform>%n card written to {path} (pages: {pages}, {seconds} s).</numerusform>
            <numerusform>%n cards written to {path} (pages: {pages}, {seconds} s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverflowBar</name>
    <message numerus="yes">
        <source>The letter is too long for the card on {layout} for %n parcel(s); nothing prints until this is fixed:</source>
        <translation>
            <numerusform>The letter is too long for the card on {layout} for %n parcel; nothing prints until this is fixed:</numerusform>
            <numerusform>The letter is too long for the card on {layout} for %n parcels; nothing prints until this is fixed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n sheet(s); the others print the same way, each card with its own reserved code.</source>
        <translation>
            <numerusform>Showing the first sheet; the others print the same way, each card with its own reserved code.</numerusform>
            <numerusform>Showing the first %n sheets; the others print the same way, each card with its own reserved code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message numerus="yes">
        <source>%n card(s) sent to the printer.</source>
        <translation>
            <numerusform>%n card sent to the printer.</numerusform>
            <numerusform>%n cards sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) saved to {path}.</source>
        <translation>
            <numerusform>%n card saved to {path}.</numerusform>
            <numerusform>%n cards saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionLine</name>
    <message numerus="yes">
        <source>%n card(s) printed with it</source>
        <translation>
            <numerusform>%n card printed with it</numerusform>
            <numerusform>%n cards printed with it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) in all</source>
        <translation>
            <numerusform>%n version in all</numerusform>
            <numerusform>%n versions in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <source>Add-rate: WeChat adds through the cards&apos; codes ÷ cards printed, shown from %n printed card(s) on.</source>
        <translation>
            <numerusform>Add-rate: WeChat adds through the cards&apos; codes ÷ cards printed, shown from %n printed card on.</numerusform>
            <numerusform>Add-rate: WeChat adds through the cards&apos; codes ÷ cards printed, shown from %n printed cards on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WeChat add(s)</source>
        <translation>
            <numerusform>%n WeChat add</numerusform>
            <numerusform>%n WeChat adds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) printed</source>
        <translation>
            <numerusform>%n card printed</numerusform>
            <numerusform>%n cards printed</numerusform>
        </translation>
    </message>
</context>
</TS>
