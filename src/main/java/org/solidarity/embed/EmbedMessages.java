package org.solidarity.embed;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every text the widget shows, in English; messages/embed_*.properties hold the translations. */
@MessageBundle(value = "embed", locale = "en")
public interface EmbedMessages {

  @Message("Messages of solidarity")
  String widgetLabel();

  @Message("Published messages: {count}")
  String publishedCount(long count);

  @Message("Messages")
  String messagesHeading();

  @Message("No messages have been published yet.")
  String noMessages();

  @Message("Load older messages")
  String loadMore();

  @Message("Back to the newest messages")
  String newest();

  @Message("Anonymous")
  String anonymous();

  @Message("Live")
  String live();

  @Message("A new message was published.")
  String liveAnnounce();

  @Message("Follow with a feed reader (Atom)")
  String atomFeed();

  @Message("Add your message")
  String formToggle();

  @Message("Every message is read by a moderator before it is published.")
  String formIntro();

  @Message("required")
  String required();

  @Message("optional")
  String optional();

  @Message("Your name")
  String labelAuthorName();

  @Message("Organization")
  String labelOrganization();

  @Message("Country")
  String labelCountry();

  @Message("Choose a country")
  String chooseCountry();

  @Message("Language of your message")
  String labelLanguage();

  @Message("Not specified")
  String chooseLanguage();

  @Message("Your message")
  String labelBody();

  @Message("Up to 2000 characters. Line breaks are kept.")
  String hintBody();

  @Message("Email")
  String labelEmail();

  @Message("Never published; only used if a moderator needs to reach you.")
  String hintEmail();

  @Message("I agree that my message may be published with my name, organization and country.")
  String labelConsent();

  @Message("Leave this field empty")
  String honeypotLabel();

  @Message("Send message")
  String submit();

  @Message("Please correct the following:")
  String errorSummary();

  @Message("Error:")
  String errorPrefix();

  @Message("Enter your name: 1 to 80 characters on one line.")
  String errorAuthorName();

  @Message("The organization can have at most 120 characters on one line.")
  String errorOrganization();

  @Message("Choose your country from the list.")
  String errorCountry();

  @Message("Choose a language from the list.")
  String errorLanguage();

  @Message("Write a message of 1 to 2000 characters.")
  String errorBody();

  @Message("Enter a valid email address, or leave the field empty.")
  String errorEmail();

  @Message("Tick the box to agree that your message may be published.")
  String errorConsent();

  @Message(
      "You have sent several messages in a short time. Please wait a few minutes, then try again.")
  String tooMany();

  @Message("Thank you!")
  String thanksTitle();

  @Message(
      "Your message has been received. A moderator reads every message before it is published,"
          + " so it will appear here once it has been approved.")
  String thanksPending();

  @Message("Your message has been received and is now published.")
  String thanksPublished();

  @Message("Send another message")
  String sendAnother();

  @Message("This campaign no longer accepts new messages.")
  String closed();

  @Message("Campaign not found")
  String notFoundTitle();

  @Message("There is no campaign at this address. Check the campaign name in the embed code.")
  String notFoundBody();

  @Message("This link is not valid")
  String badRequestTitle();

  @Message("The link may be outdated or incomplete.")
  String badRequestBody();

  @Message("Something went wrong")
  String failedTitle();

  @Message("Please try again in a moment.")
  String failedBody();

  @Message("Show the newest messages")
  String backToStart();
}
