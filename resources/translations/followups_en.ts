<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Material</name>
    <message numerus="yes">
        <source>Review material (%n item(s)). Names and phone numbers were removed; check screenshots before publishing them.</source>
        <translation>
            <numerusform>Review material (%n item). Names and phone numbers were removed; check screenshots before publishing them.</numerusform>
            <numerusform>Review material (%n items). Names and phone numbers were removed; check screenshots before publishing them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaterialTab</name>
    <message numerus="yes">
        <source>%n quote(s) written to {text}</source>
        <translation>
            <numerusform>%n quote written to {text}</numerusform>
            <numerusform>%n quotes written to {text}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) copied.</source>
        <translation>
            <numerusform>; %n image copied.</numerusform>
            <numerusform>; %n images copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
</TS>
