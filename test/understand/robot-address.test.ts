import { describe, expect, it } from "vitest";
import { isAtsDomain, isRobotAddress } from "../../src/understand/robot-address.ts";

describe("isRobotAddress", () => {
  it.each([
    ["no-reply@greenhouse.io"],
    ["no-reply@us.greenhouse-mail.io"],
    ["noreply@personio.de"],
    ["do-not-reply@bluepeak.io"],
    ["donotreply@northwind-robotics.com"],
    ["notifications@bluepeak.io"],
    ["MAILER-DAEMON@mx.example.com"],
    ["postmaster@example.org"],
    ["jobs@northwind-robotics.com"],
    ["careers@cobaltridge-energy.com"],
    ["recruiting@bluepeak.io"],
    ["talent@thistle-mobility.com"],
    ["seleccion@vientosur-tech.com"],
    ["harborline@myworkday.com"],
    ["maya.ortiz@hire.lever.co"],
    ["orchardvalleyhealth+autoreply@agents.icims.com"],
    ["reply+c9ada563cf0e95a4bcdcfce1@teamtailor-mail.com"],
    ["team@ashbyhq.com"],
    ["candidates@smartrecruiters.com"],
    ["jobs-noreply@linkedin.com"],
    ["bounce-123=jordan.lee=gmail.com@mailer.example.com"],
    ["not-an-address"],
  ])("treats %s as a machine or a shared box", (address) => {
    expect(isRobotAddress(address)).toBe(true);
  });

  it.each([
    ["maya.ortiz@northwind-robotics.com"],
    ["sam.chen@example.org"],
    ["korourke@starlingfreight.com"],
    ["jobsmith@bluepeak.io"],
    ["careerbuilder.fan@gmail.com"],
    ["hr.lena@kessler-logistik.de"],
    ["grace.liu@silverbirch-insurance.co.uk"],
  ])("treats %s as a person", (address) => {
    expect(isRobotAddress(address)).toBe(false);
  });
});

describe("isAtsDomain", () => {
  it.each([
    ["greenhouse-mail.io", true],
    ["us.greenhouse-mail.io", true],
    ["hire.lever.co", true],
    ["myworkday.com", true],
    ["wd5.myworkdayjobs.com", true],
    ["ashbyhq.com", true],
    ["agents.icims.com", true],
    ["teamtailor-mail.com", true],
    ["personio.de", true],
    ["recruitee.com", true],
    ["workablemail.com", true],
    ["bamboohr.com", true],
    ["jobvite.com", true],
    ["successfactors.eu", true],
    ["taleo.net", true],
    ["bluepeak.io", false],
    ["northwind-robotics.com", false],
    ["gmail.com", false],
    ["notlever.co", false],
  ])("%s -> %s", (domain, expected) => {
    expect(isAtsDomain(domain)).toBe(expected);
  });
});
