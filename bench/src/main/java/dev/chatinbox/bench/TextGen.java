package dev.chatinbox.bench;

import java.util.SplittableRandom;

/**
 * Realistic message text without a corpus: sentences of a support conversation assembled from
 * templates and word pools, so that full-text search finds common words (order, refund, delivery)
 * often and rare ones (product codes, names) seldom — as in a real inbox.
 */
final class TextGen {
  static final String[] FIRST = {
    "Maria", "James", "Wei", "Aisha", "Carlos", "Olga", "Liam", "Sofia", "Noah", "Emma", "Yuki",
    "Omar", "Priya", "Lucas", "Chloe", "Mateo", "Hannah", "Ivan", "Fatima", "Ethan", "Zoe", "Ravi",
    "Grace", "Diego", "Anna", "Kenji", "Leila", "Tom", "Nina", "Samuel"
  };
  static final String[] LAST = {
    "Garcia",
    "Smith",
    "Chen",
    "Khan",
    "Lopez",
    "Petrova",
    "Murphy",
    "Rossi",
    "Brown",
    "Muller",
    "Tanaka",
    "Haddad",
    "Patel",
    "Silva",
    "Martin",
    "Fernandez",
    "Schmidt",
    "Ivanov",
    "Ali",
    "Johnson",
    "Nguyen",
    "Sharma",
    "Kim",
    "Torres",
    "Novak",
    "Sato",
    "Rahimi",
    "Walker",
    "Costa",
    "Okafor"
  };
  static final String[] TAGS = {"VIP", "Lead", "Renewal", "Churn risk", "Wholesale", "Partner"};
  private static final String[] PRODUCT = {
    "blue jacket", "running shoes", "coffee grinder", "desk lamp", "phone case", "backpack",
    "wireless earbuds", "yoga mat", "water bottle", "gift card", "office chair", "rain boots"
  };
  private static final String[] DAY = {
    "today",
    "tomorrow",
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "this weekend",
    "next week"
  };
  private static final String[] CONTACT = {
    "Hi, is my order #%d on its way?",
    "I still haven't received the %p I ordered last week.",
    "Can I change the delivery address for order #%d?",
    "The %p arrived damaged, what can I do?",
    "Thanks a lot, that solved it!",
    "Could you send me the invoice for order #%d please?",
    "I'd like a refund for the %p.",
    "What are your opening hours %y?",
    "Is the %p back in stock?",
    "My tracking number doesn't work, can you check?",
    "Ok great, see you %y.",
    "Can I pay by bank transfer?",
    "Please cancel my subscription.",
    "Do you ship to Canada?",
    "The discount code SAVE%d isn't accepted at checkout."
  };
  private static final String[] AGENT = {
    "Hi %n, thanks for reaching out!",
    "Your order #%d shipped and should arrive %y.",
    "I've issued a refund for the %p; it takes 3 to 5 business days.",
    "Here is your tracking link: https://track.example.com/%d",
    "Sorry about that! I'll send a replacement %p.",
    "Could you share a photo of the %p?",
    "Your invoice for order #%d is attached.",
    "We're open 9 to 6 %y.",
    "The %p is back in stock, want me to reserve one?",
    "I've updated the delivery address on order #%d.",
    "Happy to help, have a great day!",
    "Your subscription is cancelled; you won't be charged again.",
    "Yes, we ship to Canada within 7 days.",
    "I've applied the discount SAVE%d to your order manually."
  };

  private TextGen() {}

  static String name(SplittableRandom r) {
    return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
  }

  /** One to three sentences from the contact (agent = false) or a team member. */
  static String message(SplittableRandom r, boolean agent, String firstName) {
    int sentences = 1 + r.nextInt(r.nextInt(4) == 0 ? 3 : 2);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      String[] pool = agent ? AGENT : CONTACT;
      String template = pool[r.nextInt(pool.length)];
      if (i > 0) {
        text.append(' ');
      }
      text.append(fill(r, template, firstName));
    }
    return text.toString();
  }

  private static String fill(SplittableRandom r, String template, String firstName) {
    StringBuilder out = new StringBuilder(template.length() + 24);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%' && i + 1 < template.length()) {
        switch (template.charAt(++i)) {
          case 'd' -> out.append(10000 + r.nextInt(90000));
          case 'n' -> out.append(firstName);
          case 'y' -> out.append(DAY[r.nextInt(DAY.length)]);
          default -> out.append(PRODUCT[r.nextInt(PRODUCT.length)]);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
