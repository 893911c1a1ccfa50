import { Link } from 'react-router';

/** On the signed-in home: where to see, download or delete your own data. */
export function YourDataLink() {
  return (
    <section aria-labelledby="your-data-heading">
      <h2 className="heading-m" id="your-data-heading">
        Your data
      </h2>
      <p>
        <Link to="/my-data">See what you agreed to, download your data or delete your account</Link>
      </p>
    </section>
  );
}
