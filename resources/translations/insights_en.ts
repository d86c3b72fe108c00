<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Growth</name>
    <message numerus="yes">
        <source>The book holds %Ln customer(s): {buyers} with a paid order, {rest} with only unpaid or closed orders or none (e.g. from a customer list).</source>
        <translation>
            <numerusform>The book holds %Ln customer: {buyers} with a paid order, {rest} with only unpaid or closed orders or none (e.g. from a customer list).</numerusform>
            <numerusform>The book holds %Ln customers: {buyers} with a paid order, {rest} with only unpaid or closed orders or none (e.g. from a customer list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) bought since {since} (each counted once in the total, even on several platforms). {book}</source>
        <translation>
            <numerusform>%Ln customer bought since {since} (each counted once in the total, even on several platforms). {book}</numerusform>
            <numerusform>%Ln customers bought since {since} (each counted once in the total, even on several platforms). {book}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot tell yet: each version needs about %n more card(s)</source>
        <translation>
            <numerusform>Cannot tell yet: each version needs about %n more card</numerusform>
            <numerusform>Cannot tell yet: each version needs about %n more cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthArea</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{private} of the %Ln customer(s) in the book</source>
        <translation>
            <numerusform>{private} of the %Ln customer in the book</numerusform>
            <numerusform>{private} of the %Ln customers in the book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{redeemed} of %n card(s) printed in the period brought a WeChat add</source>
        <translation>
            <numerusform>{redeemed} of the %n card printed in the period brought a WeChat add</numerusform>
            <numerusform>{redeemed} of %n cards printed in the period brought a WeChat add</numerusform>
        </translation>
    </message>
</context>
</TS>
